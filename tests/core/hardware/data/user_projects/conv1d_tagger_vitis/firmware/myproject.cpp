#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t constituents[16*3],
    result_t layer10_out[4]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=constituents complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer10_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=constituents,layer10_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<conv1_weight_t, 72>(w2, "w2.txt");
        nnet::load_weights_from_txt<conv1_bias_t, 8>(b2, "b2.txt");
        nnet::load_weights_from_txt<conv2_weight_t, 192>(w4, "w4.txt");
        nnet::load_weights_from_txt<conv2_bias_t, 8>(b4, "b4.txt");
        nnet::load_weights_from_txt<fc1_weight_t, 1536>(w7, "w7.txt");
        nnet::load_weights_from_txt<fc1_bias_t, 16>(b7, "b7.txt");
        nnet::load_weights_from_txt<output_weight_t, 64>(w9, "w9.txt");
        nnet::load_weights_from_txt<output_bias_t, 4>(b9, "b9.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    conv1_result_t layer2_out[14*8];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    layer3_t layer3_out[14*8];
    #pragma HLS ARRAY_PARTITION variable=layer3_out complete dim=0

    conv2_result_t layer4_out[12*8];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    layer5_t layer5_out[12*8];
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0

    auto& layer6_out = layer5_out;
    fc1_result_t layer7_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer7_out complete dim=0

    layer8_t layer8_out[16];
    #pragma HLS ARRAY_PARTITION variable=layer8_out complete dim=0

    output_result_t layer9_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer9_out complete dim=0

    nnet::conv_1d_cl<input_t, conv1_result_t, config2>(constituents, layer2_out, w2, b2); // conv1

    nnet::relu<conv1_result_t, layer3_t, relu_config3>(layer2_out, layer3_out); // conv1_relu

    nnet::conv_1d_cl<layer3_t, conv2_result_t, config4>(layer3_out, layer4_out, w4, b4); // conv2

    nnet::relu<conv2_result_t, layer5_t, relu_config5>(layer4_out, layer5_out); // conv2_relu

    nnet::dense<layer5_t, fc1_result_t, config7>(layer6_out, layer7_out, w7, b7); // fc1

    nnet::relu<fc1_result_t, layer8_t, relu_config8>(layer7_out, layer8_out); // fc1_relu

    nnet::dense<layer8_t, output_result_t, config9>(layer8_out, layer9_out, w9, b9); // output

    nnet::softmax<output_result_t, result_t, softmax_config10>(layer9_out, layer10_out); // output_softmax

}

